"""The map's Qt-free core (DESIGN section 4): projection, offline tiles and basemap, clustering.

    mercator.py     WGS84 lat/lon <-> Web Mercator world pixels at a zoom, tile numbers
    viewport.py     what a map window shows: centre, zoom, size; screen <-> world; pan, zoom, fit
    mbtiles.py      reading raster or vector tiles from an MBTiles file (the station's region)
    pmtiles_file.py the same from a PMTiles file (the `pmtiles` package)
    tilesets.py     `open_tiles`: either kind of file, by its first bytes
    vector.py       vector tiles (OpenMapTiles, Protomaps) as shapes and Chinese names
    basemap.py      the bundled offline basemap: water, borders, admin divisions as labelled points
    labels.py       where labels go: beside their point, clear of other labels and of pins
    clusters.py     grid clustering of pins per zoom

The widgets are in `app/ui/map/`; the jobs, home bases and routes they show come from
`app/services/map_data.py`.
"""
