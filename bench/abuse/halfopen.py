"""Holds N half-sent requests open against HOST:PORT from SOURCE, for SECONDS:
each connection sends the start of a request head and then nothing; a
connection the server closes is opened again at once. Prints how many were
open at the end and how many the server closed. Standard library only."""
import selectors, socket, sys, time

host, port, source, n, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
sel = selectors.DefaultSelector()
closed = 0

def open_one():
    s = socket.socket()
    s.setblocking(False)
    s.bind((source, 0))
    try:
        s.connect((host, port))
    except BlockingIOError:
        pass
    sel.register(s, selectors.EVENT_WRITE, "connecting")

for _ in range(n):
    open_one()
end = time.time() + seconds
while time.time() < end:
    for key, ev in sel.select(timeout=0.2):
        s = key.fileobj
        if key.data == "connecting":
            try:
                s.send(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                sel.modify(s, selectors.EVENT_READ, "held")
            except OSError:
                sel.unregister(s); s.close(); closed += 1; open_one()
        else:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                sel.unregister(s); s.close(); closed += 1; open_one()
print(f"half-open: {len(sel.get_map())} sockets at the end, {closed} closed by the server and reopened")
