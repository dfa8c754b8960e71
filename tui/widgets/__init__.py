"""Reusable widgets of the Plansje UI."""
