package main

func main() {
	var x interface{} = 1e400
	_ = x
}
