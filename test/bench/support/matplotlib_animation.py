"""The export benchmark's peer: the same animation made the usual way, with matplotlib's
FuncAnimation and ffmpeg. Reads a JSON job on stdin (surface grid, paths, size, frames), writes
the MP4 and prints {"frames", "seconds"} as JSON."""
import json
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.animation import FFMpegWriter, FuncAnimation  # noqa: E402

job = json.load(sys.stdin)
n = job["resolution"]
xs = np.linspace(job["domain"]["x"][0], job["domain"]["x"][1], n)
ys = np.linspace(job["domain"]["y"][0], job["domain"]["y"][1], n)
X, Y = np.meshgrid(xs, ys)
Z = np.array(job["heights"], dtype=float).reshape(n, n)
paths = [np.array(p["points"], dtype=float).reshape(-1, 3) for p in job["paths"]]
colors = [p["color"] for p in job["paths"]]
frames = job["frames"]
last = max(len(p) for p in paths) - 1

fig = plt.figure(figsize=(job["width"] / 100, job["height"] / 100), dpi=100)
ax = fig.add_subplot(projection="3d")
ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0, antialiased=False)
lines = [ax.plot([], [], [], color=c, linewidth=2.5)[0] for c in colors]
markers = [ax.plot([], [], [], "o", color=c)[0] for c in colors]
ax.set_title(job["title"])


def update(frame):
    position = last * frame / max(frames - 1, 1)
    upto = int(position) + 1
    for path, line, marker in zip(paths, lines, markers):
        shown = path[: min(upto, len(path))]
        line.set_data_3d(shown[:, 0], shown[:, 1], shown[:, 2])
        marker.set_data_3d(shown[-1:, 0], shown[-1:, 1], shown[-1:, 2])
    return lines + markers


started = time.perf_counter()
animation = FuncAnimation(fig, update, frames=frames, blit=False)
animation.save(job["output"], writer=FFMpegWriter(fps=job["fps"], codec="libx264", bitrate=job["bitrateKbps"]))
seconds = time.perf_counter() - started
print(json.dumps({"frames": frames, "seconds": seconds}))
