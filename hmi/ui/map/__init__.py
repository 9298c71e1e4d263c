"""The map view's pieces, behind the QML-facing facade :class:`hmi.ui.map_view.MapView`.

Plain Python (no Qt), unit-tested directly:

* :mod:`.layout` — screen rectangles: the part of the map no panel covers, where the scale bar and the
  attribution go;
* :mod:`.camera` — what the map shows: centre, zoom, bearing, follow mode, the car kept inside the uncovered
  area together with the next maneuver;
* :mod:`.car` — the car as reported (and whether each value is fresh), its world position, its arrow;
* :mod:`.heading` — the car arrow's direction from the route and the car's movement, smoothed;
* :mod:`.route_line` — the route polyline: driven/ahead split, bearing and points along it;
* :mod:`.gestures` — touch and mouse input turned into pan, zoom, tap and double-tap intents;
* :mod:`.inputs` — values from QML checked (finite numbers, lists of points);
* :mod:`.labels` — street names placed along the roads, upright, whole or not at all;
* :mod:`.markers` — charger icons clustered and kept off the car.

Qt:

* :mod:`.interaction` — Qt input events through the gestures to camera moves, taps and animated zooms;
* :mod:`.tile_layer` — which cached tiles a frame blits (north-up, turned, fallbacks, prefetch);
* :mod:`.painter` — the immutable frame a paint call draws, and the sprites it is made of.
"""
