func isOneTypoPalindrome(banner string) bool {
	i, j := 0, len(banner)-1
	for i < j && banner[i] == banner[j] {
		i++
		j--
	}
	if i >= j {
		return true
	}
	return mirrored(banner[i+1:j+1]) || mirrored(banner[i:j])
}

func mirrored(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}
