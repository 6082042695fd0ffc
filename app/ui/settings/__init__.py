"""Tools › Settings…: one dialog for the station's settings (synced) and this PC's own."""
