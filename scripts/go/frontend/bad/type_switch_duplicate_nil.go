package main

func main() {
	var x interface{}
	switch x.(type) {
	case nil, int, nil:
	}
}
