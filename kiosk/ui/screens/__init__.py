"""One module and one .kv file per screen; each screen is built once and updated from a view model."""
