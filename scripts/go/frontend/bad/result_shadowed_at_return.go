package main

func f() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {}
