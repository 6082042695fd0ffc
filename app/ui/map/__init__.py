"""The map (DESIGN section 4, issue 4): jobs, home bases and routes, drawn offline.

    page.py      MapPage: the page of the main window (loads, writes a corrected location)
    toolbar.py   show all, finished jobs, a technician's day route, the tiles file
    view.py      MapView: the widget (zoom, pan, selection, dragging pins, the context menu)
    pins.py      the job pins: clusters per zoom, hit testing, painting
    layers.py    basemap, MBTiles tiles, home bases, the route, the scale bar
    tiles.py     TileSource: tiles read in the task runner, cached as pixmaps
    vector_tiles.py  a vector tile painted into an image (in the task runner)
    tile_labels.py   vector tiles' names placed above the tiles, clear of pins
    style.py     colours, sizes, the pin images
    legend.py    MapLegend: what the pins, rings, badges, houses and lines mean

The Qt-free parts (projection, viewport, MBTiles reading, basemap, clustering) are in `app/map/`;
the read model in `app/services/map_data.py`.
"""

from app.ui.map.page import MapPage

__all__ = ["MapPage"]
