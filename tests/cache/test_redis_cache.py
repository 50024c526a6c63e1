"""The Redis cache backend (django-redis, when REDIS_URL is set) keeps its clients: one per
server, made once (no connection is opened here: a client connects on its first command)."""

from django_redis.cache import RedisCache


def test_each_server_has_one_client_for_every_call():
    backend = RedisCache("redis://127.0.0.1:6379/0,redis://127.0.0.1:6380/0", {})
    writer = backend.client.get_client(write=True)
    reader = backend.client.get_client(write=False)  # the second server takes the reads
    assert backend.client.get_client(write=True) is writer
    assert backend.client.get_client(write=False) is reader
    assert (
        writer.connection_pool.connection_kwargs["port"],
        reader.connection_pool.connection_kwargs["port"],
    ) == (6379, 6380)
