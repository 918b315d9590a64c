package main

func f() (int, int) { return 1, 2 }
func h() (int, int, bool) { return f() }
func main() { h() }
