// A struct type prints with its field tags, each quoted as strconv.Quote quotes it (an empty tag is no tag): on embedded and blank fields, on each of names declared together, in literals, new, make, conversions and the flows that name them.
package main

import "fmt"

type E struct{ X int }
type F struct{ Y *int }

var sink interface{}

func main() {
	fmt.Println(struct {
		A int `json:"a,omitempty"`
	}{})
	fmt.Println(struct {
		E `emb:"e"`
		*F "ptr"
		_ int `blank`
		b bool "lower"
		C int ""
		D string "é\t\x01\u2028\\"
	}{})
	fmt.Println(struct {
		A, B int `two`
	}{1, 2})
	p := &struct {
		S string `raw\n`
	}{"s"}
	sink = p
	q := new(struct {
		P *int "new"
	})
	sink = q
	s := make([]struct {
		M map[string]int `m:"1"`
	}, 3)
	sink = s
	var plain struct{ A int }
	sink = struct {
		A int "conv"
	}(plain)
	local := struct {
		P *int `local`
	}{}
	_ = local
	fmt.Println(struct {
		In struct {
			V int `inner`
		} `outer`
	}{})
}
