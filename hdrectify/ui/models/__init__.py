"""Table and tree models of the window, one QAbstractItemModel each."""
