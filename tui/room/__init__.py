"""The room server: the group seats' web page and its small JSON/SSE API, on aiohttp.

A thin shell over `store.room` (keys, limits, phone notes, the phone's view); writes go
through the session's `SessionStore`, like every other seat.
"""
