"""The Redis backend keeps its clients: one per server, made once (no connection is opened
here: a client connects on its first command)."""

from records.redis_cache import RedisCache


def test_each_server_has_one_client_for_every_call():
    backend = RedisCache("redis://127.0.0.1:6379/0;redis://127.0.0.1:6380/0", {})
    writer = backend._cache.get_client("key", write=True)
    reader = backend._cache.get_client("key")  # the second server takes the reads
    assert backend._cache.get_client("other", write=True) is writer
    assert backend._cache.get_client("other") is reader
    assert (
        writer.connection_pool.connection_kwargs["port"],
        reader.connection_pool.connection_kwargs["port"],
    ) == (6379, 6380)
