"""Podium's Qt application: a view of the models; it owns no publication logic."""
