"""Plansje's session store: durable meeting sessions, notes and derived timing (plain Python).

Main entry points: ``SessionStore`` (store.sessions), ``Outbox`` (store.outbox),
``meeting_timing`` (store.timing) and the records in store.model.
"""
