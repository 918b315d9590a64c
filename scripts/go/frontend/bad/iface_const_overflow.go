package main

func main() {
	var x interface{} = 1 << 70
	_ = x
}
