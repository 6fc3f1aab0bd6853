"""The client lists: the Clients page, saved views and the Trash, on one lazy table model."""
