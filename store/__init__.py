"""Plansje's session store: durable meeting sessions, notes and derived timing (plain Python)."""
