// Several values converted to interfaces in one declaration or assignment:
// every conversion sits where Go's last visited node was.
package main

import "fmt"

func f() int { return 1 }

func main() {
	x, y := 5, 6
	var i1, i2 interface{} = x, y
	var i3 interface{} = x
	var i4, i5 interface{} = f(), int64(7)
	var i6, i7, i8 interface{} = y, x, f()
	i1, i2 = y, x
	fmt.Println(i1, i2, i3, i4, i5, i6, i7, i8)
}
