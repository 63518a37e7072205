"""The settings' "Last year of the loss data" (issue 8): unset means "from the file name or the data"."""

from __future__ import annotations

from vantage_plugin.core.engine.catalog import Catalog
from vantage_plugin.gui.catalog_widget import CatalogWidget


def test_last_year_round_trips_and_unset_is_none(qgis_app, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    assert widget.catalog().loss_last_year is None  # the special value: not set
    assert widget.loss_last_year.specialValueText()
    widget.loss_last_year.setValue(2018)
    assert widget.catalog().loss_last_year == 2018
    widget.set_catalog(Catalog(loss_last_year=2023, forest_2020_min=None))
    assert widget.loss_last_year.value() == 2023
    assert widget.forest_min.value() == 10.0  # a catalog without a threshold shows the percent default
    widget.set_catalog(Catalog())
    assert widget.catalog().loss_last_year is None
