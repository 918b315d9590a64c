// Tags are part of a struct type: assignment needs them equal (written any way), a conversion ignores them; messages show a literal's tags as written and a type's quoted.
package main

type E struct{}

func main() {
	var a struct {
		A int `k:"v"`
		E "e"
	} = struct {
		A int "k:\"v\""
		E `e`
	}{}
	var b struct{ A int } = struct {
		A int ""
	}{}
	c := struct {
		A, B int `t:"x"`
	}(struct{ A, B int }{})
	var d struct{ A, B int } = c
	var e struct {
		A int "x"
		E
	} = struct {
		A int `y`
		E `e`
	}{}
	_, _, _, _ = a, b, d, e
}
