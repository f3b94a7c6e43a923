import "sort"

type version struct {
	at   int
	text string
}

type Notebook struct {
	notes map[string][]version
}

func Constructor() Notebook {
	return Notebook{notes: map[string][]version{}}
}

func (this *Notebook) Save(title string, text string, time int) {
	this.notes[title] = append(this.notes[title], version{time, text})
}

// atMost counts the versions saved at a time at most t.
func atMost(versions []version, t int) int {
	return sort.Search(len(versions), func(i int) bool { return versions[i].at > t })
}

func (this *Notebook) Recall(title string, time int) string {
	versions := this.notes[title]
	k := atMost(versions, time)
	if k == 0 {
		return ""
	}
	return versions[k-1].text
}

func (this *Notebook) CountBetween(title string, fromTime int, toTime int) int {
	versions := this.notes[title]
	return atMost(versions, toTime) - atMost(versions, fromTime-1)
}
