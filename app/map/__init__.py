"""The map's Qt-free core (DESIGN section 4): projection, offline tiles and basemap, clustering.

    mercator.py     WGS84 lat/lon <-> Web Mercator world pixels at a zoom, tile numbers
    viewport.py     what a map window shows: centre, zoom, size; screen <-> world; pan, zoom, fit
    mbtiles.py      reading raster tiles from an MBTiles file (the station's region)
    basemap.py      the bundled offline basemap: water, borders, admin divisions as labelled points
    labels.py       where labels go: beside their point, clear of other labels and of pins
    clusters.py     grid clustering of pins per zoom

The widgets are in `app/ui/map/`; the jobs, home bases and routes they show come from
`app/services/map_data.py`.
"""
