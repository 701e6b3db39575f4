package annotate

// findQuotes is a stub until the quote detector lands.
func (d *doc) findQuotes() {}
