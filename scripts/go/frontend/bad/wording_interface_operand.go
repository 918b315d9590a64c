// An untyped operand paired with an interface takes its default type: mismatched types.
package main

func main() {
	var x interface{} = 1
	_ = x + 1
	var s fmt = 2
	_ = s
}

type fmt interface{ String() string }
