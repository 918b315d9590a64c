package main

const a int8 = 100

func main() { println(a * 2) }
