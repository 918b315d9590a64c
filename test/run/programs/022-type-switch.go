// Type assertions (comma-ok and direct) and type switches: concrete types,
// interface cases, nil case, multiple types per case, default.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string " + x
	case bool, float64:
		return fmt.Sprintf("bool or float %v", x)
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 41, "hi", true, 2.5, errors.New("boom"), ID(3), []int{1, 2}, func() int { return 9 }, 'c', struct{}{}} {
		fmt.Println(describe(v))
	}
	var i interface{} = "text"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	st, ok := i.(Stringer)
	fmt.Println(st, ok)
	var j interface{} = ID(5)
	st = j.(Stringer)
	fmt.Println(st.String(), j.(ID)+1)
}
