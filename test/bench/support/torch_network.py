"""The network benchmark's peer: PyTorch on the CPU doing what Curvature does, timed in-process.

Reads a JSON job from stdin: the network's layer sizes and activations, θ, the rows, the two
slice directions, the grid size and span, and the number of Lanczos steps. Prints JSON with the
wall time of (1) the loss on the size × size slice grid, one batched forward pass per grid point
as loss-landscape evaluates it, and (2) the top-3 Hessian eigenvalues by Lanczos with full
reorthogonalisation on double-backward Hessian-vector products, as many steps as Curvature used;
and the numbers themselves, so the benchmark can check that both did the same work.
"""

import json
import sys
import time

import torch

torch.set_default_dtype(torch.float64)
job = json.load(sys.stdin)
sizes, activations = job["sizes"], job["activations"]
ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid, "identity": lambda z: z}
inputs = torch.tensor(job["inputs"]).reshape(-1, sizes[0])
targets = torch.tensor(job["targets"]).long()
theta = torch.tensor(job["theta"])
d1, d2 = torch.tensor(job["d1"]), torch.tensor(job["d2"])


def loss_of(vector):
    out, at = inputs, 0
    for fan_in, fan_out, activation in zip(sizes, sizes[1:], activations):
        weight = vector[at : at + fan_in * fan_out].reshape(fan_out, fan_in)
        at += fan_in * fan_out
        bias = vector[at : at + fan_out]
        at += fan_out
        out = ACTIVATIONS[activation](torch.nn.functional.linear(out, weight, bias))
    return torch.nn.functional.cross_entropy(out, targets)


def slice_grid():
    axis = torch.linspace(-job["span"], job["span"], job["size"])
    with torch.no_grad():
        return [[loss_of(theta + a * d1 + b * d2).item() for a in axis] for b in axis]


def top_eigenvalues(k, steps):
    point = theta.clone().requires_grad_(True)
    gradient = torch.autograd.grad(loss_of(point), point, create_graph=True)[0]
    generator = torch.Generator().manual_seed(0)
    q = torch.randn(theta.numel(), generator=generator)
    q /= q.norm()
    basis, alpha, beta = [], [], []
    for _ in range(steps):
        basis.append(q)
        w = torch.autograd.grad(gradient, point, grad_outputs=q, retain_graph=True)[0]
        alpha.append(torch.dot(w, q).item())
        Q = torch.stack(basis)
        for _ in range(2):
            w = w - Q.T @ (Q @ w)
        beta.append(w.norm().item())
        q = w / beta[-1]
    tridiagonal = torch.diag(torch.tensor(alpha)) + torch.diag(torch.tensor(beta[:-1]), 1) + torch.diag(torch.tensor(beta[:-1]), -1)
    return torch.linalg.eigvalsh(tridiagonal).flip(0)[:k].tolist()


def timed(run, rounds):
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2], result


slice_ms, grid = timed(slice_grid, job["rounds"])
eigen_ms, top = timed(lambda: top_eigenvalues(3, job["steps"]), job["rounds"])
json.dump({"sliceMs": slice_ms, "eigenMs": eigen_ms, "center": grid[job["size"] // 2][job["size"] // 2], "top": top, "threads": torch.get_num_threads()}, sys.stdout)
