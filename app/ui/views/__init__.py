"""The main window's views, one module each; `registry.VIEWS` lists them in navigation order."""
