"""Pure logic of Vantage for QGIS: no ``qgis`` import anywhere below this package.

Dependencies: numpy, shapely >= 2.0, GDAL's ``osgeo`` (engine only), and ``requests`` (API client
outside QGIS only).
"""
