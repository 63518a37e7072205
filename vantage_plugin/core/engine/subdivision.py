"""Big polygons cut into small grid pieces (like PostGIS ``ST_Subdivide``): all at once
(:func:`subdivide`) or lazily, only where queries reach (:class:`LazyPieces`); both halve a piece along
the longer side of its bounding box until it has at most ``max_vertices`` vertices, so they give the
same pieces."""

from __future__ import annotations

import numpy as np
import shapely

from .shapes import polygonal_parts, valid_polygonal

#: Default maximum vertices per piece (PostGIS ST_Subdivide's default is 256). Plots that cross an area's
#: outline are intersected with the pieces they touch: with 1,024 fewer pieces are cut and intersected,
#: and the overlaps of 10,000 plots with 30 areas of 2,000-20,000 vertices took 10-16 % less CPU than
#: with 256 (issue 13, round eight; 2,048 and 4,096 were no faster).
MAX_PIECE_VERTICES = 1024


def _halves(b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two boxes each bounding box ``(xmin, ymin, xmax, ymax)`` is cut into: left and right halves
    of a wide box, bottom and top halves of a tall one (the one split rule of :func:`subdivide` and
    of the lazily cut pieces, so both give the same pieces)."""
    wide = (b[:, 2] - b[:, 0]) >= (b[:, 3] - b[:, 1])
    midx = (b[:, 0] + b[:, 2]) / 2
    midy = (b[:, 1] + b[:, 3]) / 2
    left = np.column_stack([b[:, 0], b[:, 1], midx, b[:, 3]])
    right = np.column_stack([midx, b[:, 1], b[:, 2], b[:, 3]])
    bottom = np.column_stack([b[:, 0], b[:, 1], b[:, 2], midy])
    top = np.column_stack([b[:, 0], midy, b[:, 2], b[:, 3]])
    return np.where(wide[:, None], left, bottom), np.where(wide[:, None], right, top)


def subdivide(
    geoms: np.ndarray, max_vertices: int = MAX_PIECE_VERTICES, max_depth: int = 30
) -> tuple[np.ndarray, np.ndarray]:
    """Cut polygons into grid pieces of at most ``max_vertices`` vertices (like ST_Subdivide).

    Returns ``(pieces, parent_index)``. Each level halves, along the longer side of its bounding box,
    every piece that is still too big (vectorised ``clip_by_rect``). Pieces of one parent do not
    overlap and their union is the parent.
    """
    geoms = np.asarray(geoms, dtype=object)
    done_g: list[np.ndarray] = []
    done_p: list[np.ndarray] = []
    current = geoms
    parent = np.arange(len(geoms))
    for depth in range(max_depth + 1):
        if len(current) == 0:
            break
        keep = ~shapely.is_empty(current) & ~shapely.is_missing(current)
        current, parent = current[keep], parent[keep]
        small = shapely.get_num_coordinates(current) <= max_vertices
        if depth == max_depth:
            small[:] = True
        done_g.append(current[small])
        done_p.append(parent[small])
        big, big_parent = current[~small], parent[~small]
        if len(big) == 0:
            break
        a_box, b_box = _halves(shapely.bounds(big))
        halves_a = np.array([shapely.clip_by_rect(g, *box) for g, box in zip(big, a_box)], dtype=object)
        halves_b = np.array([shapely.clip_by_rect(g, *box) for g, box in zip(big, b_box)], dtype=object)
        current = polygonal_parts(np.concatenate([halves_a, halves_b]))
        parent = np.concatenate([big_parent, big_parent])
        current = current.copy()
        nz = shapely.area(current) > 0
        current, parent = current[nz], parent[nz]
    pieces = np.concatenate(done_g) if done_g else np.empty(0, dtype=object)
    parents = np.concatenate(done_p) if done_p else np.empty(0, dtype=int)
    if len(pieces):
        pieces = valid_polygonal(pieces)
        nz = shapely.area(pieces) > 0
        pieces, parents = pieces[nz], parents[nz]
    return pieces, parents.astype(np.int64)


class LazyPieces:
    """The subdivision of :func:`subdivide`, built on demand: a binary tree per area whose nodes are
    split (same rule, so the same pieces) only when a query reaches them. Plots touch a small part
    of the big areas' outlines, so most of the cutting (and the validity checks of the pieces) is
    never done. Node arrays grow by doubling; ``expand`` is the only mutation (under the index lock).
    """

    _UNSEEN, _LEAF, _SPLIT = 0, 1, 2

    def __init__(self, max_vertices: int, max_depth: int = 30) -> None:
        self.max_vertices = max_vertices
        self.max_depth = max_depth
        self.n = 0
        self.geom = np.empty(64, dtype=object)   # node geometry as cut (a leaf: its valid piece or None)
        self.bounds = np.empty((64, 4))
        self.rec = np.empty(64, dtype=np.int64)
        self.depth = np.empty(64, dtype=np.int64)
        self.state = np.empty(64, dtype=np.int8)
        self.child = np.empty((64, 2), dtype=np.int64)

    def _grow(self, extra: int) -> None:
        need = self.n + extra
        if need <= len(self.geom):
            return
        size = max(need, 2 * len(self.geom))
        for name in ("geom", "bounds", "rec", "depth", "state", "child"):
            old = getattr(self, name)
            new = np.empty((size,) + old.shape[1:], dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def add(self, geoms: np.ndarray, recs: np.ndarray, depth) -> np.ndarray:
        """New unexpanded nodes; returns their ids."""
        k = len(geoms)
        self._grow(k)
        ids = np.arange(self.n, self.n + k)
        self.geom[ids] = geoms
        self.bounds[ids] = shapely.bounds(geoms) if k else np.empty((0, 4))
        self.rec[ids] = recs
        self.depth[ids] = depth
        self.state[ids] = self._UNSEEN
        self.child[ids] = -1
        self.n += k
        return ids

    def expand(self, nodes: np.ndarray) -> None:
        """Decide leaf or split for unexpanded nodes (vectorised over them)."""
        nodes = nodes[self.state[nodes] == self._UNSEEN]
        if len(nodes) == 0:
            return
        geoms = self.geom[nodes]
        small = (shapely.get_num_coordinates(geoms) <= self.max_vertices) | (self.depth[nodes] >= self.max_depth)
        leaves = nodes[small]
        if len(leaves):
            pieces = valid_polygonal(self.geom[leaves])
            empty = ~(shapely.area(pieces) > 0)
            pieces[empty] = None
            shapely.prepare(pieces[~empty])
            self.geom[leaves] = pieces
            self.state[leaves] = self._LEAF
        big = nodes[~small]
        if len(big) == 0:
            return
        a_box, b_box = _halves(self.bounds[big])
        geoms = self.geom[big]
        halves = np.empty(2 * len(big), dtype=object)
        halves[: len(big)] = [shapely.clip_by_rect(g, *box) for g, box in zip(geoms, a_box)]
        halves[len(big):] = [shapely.clip_by_rect(g, *box) for g, box in zip(geoms, b_box)]
        halves = polygonal_parts(halves)
        owner = np.concatenate([np.arange(len(big)), np.arange(len(big))])
        side = np.repeat([0, 1], len(big))
        nz = shapely.area(halves) > 0
        halves, owner, side = halves[nz], owner[nz], side[nz]
        ids = self.add(halves, self.rec[big[owner]], self.depth[big[owner]] + 1)
        self.child[big[owner], side] = ids
        self.geom[big] = None  # an inner node's geometry is no longer needed
        self.state[big] = self._SPLIT

    def leaves_touching(self, roots: np.ndarray, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(query, leaf)`` pairs: for query ``q`` the non-empty leaves under ``roots[q]`` whose
        bounding box touches ``boxes[q]`` (expanding nodes on the way)."""
        out_q: list[np.ndarray] = []
        out_n: list[np.ndarray] = []
        q = np.arange(len(roots))
        node = np.asarray(roots, dtype=np.int64)
        while len(q):
            self.expand(np.unique(node))
            state = self.state[node]
            leaf = state == self._LEAF
            if leaf.any():
                ok = leaf & ~shapely.is_missing(self.geom[node])
                out_q.append(q[ok])
                out_n.append(node[ok])
            split = state == self._SPLIT
            q, node = q[split], node[split]
            q = np.concatenate([q, q])
            node = np.concatenate([self.child[node, 0], self.child[node, 1]])
            keep = node >= 0
            q, node = q[keep], node[keep]
            if len(q):
                nb, qb = self.bounds[node], boxes[q]
                touch = ((nb[:, 0] <= qb[:, 2]) & (nb[:, 2] >= qb[:, 0])
                         & (nb[:, 1] <= qb[:, 3]) & (nb[:, 3] >= qb[:, 1]))
                q, node = q[touch], node[touch]
        if not out_q:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        return np.concatenate(out_q), np.concatenate(out_n)

    def pieces(self) -> tuple[np.ndarray, np.ndarray]:
        """The leaves cut so far: ``(pieces, record)``."""
        ids = np.flatnonzero(self.state[: self.n] == self._LEAF)
        ids = ids[~shapely.is_missing(self.geom[ids])]
        return self.geom[ids], self.rec[ids]
