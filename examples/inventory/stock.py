"""Stock levels for the warehouse."""

import logging

logger = logging.getLogger(__name__)


class StockLevel:
    def __init__(self, sku, quantity):
        self.sku = sku
        self.quantity = quantity

    def restock(self, amount):
        self.quantity += amount

    def __repr__(self):
        return f"StockLevel({self.sku!r}, {self.quantity})"

    def _audit(self):
        """"""
        return self.quantity >= 0


def total_quantity(levels):
    """Return the number of items across every stock level."""
    return sum(level.quantity for level in levels)


def reorder_needed(level, threshold=10):
    return level.quantity < threshold
