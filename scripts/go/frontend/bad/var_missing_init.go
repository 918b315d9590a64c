package main

var a, b, c = 1, 2

func main() {}
