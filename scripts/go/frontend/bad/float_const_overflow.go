package main

var f float64 = 1.2345678e400

func main() {}
