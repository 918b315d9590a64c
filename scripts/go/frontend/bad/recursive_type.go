package main

type A struct{ b B }
type B struct{ a [2]A }

func main() {}
