package main

const a uint8 = 1

func main() { println(a << 9) }
