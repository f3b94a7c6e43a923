func typedText(keys string) string {
	text := make([]byte, 0, len(keys))
	for i := 0; i < len(keys); i++ {
		switch key := keys[i]; key {
		case '<':
			if len(text) > 0 {
				text = text[:len(text)-1]
			}
		case '!':
			for len(text) > 0 && text[len(text)-1] == ' ' {
				text = text[:len(text)-1]
			}
			for len(text) > 0 && text[len(text)-1] != ' ' {
				text = text[:len(text)-1]
			}
		default:
			text = append(text, key)
		}
	}
	return string(text)
}
