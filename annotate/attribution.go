package annotate

// findAttributions is a stub until the attribution detector lands.
func (d *doc) findAttributions() {}
