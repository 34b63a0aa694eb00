"""Pictures of the network and of a dyad's timeline (matplotlib figures; the `png` writer saves them).

Figures are built on matplotlib's object API with the Agg canvas, never pyplot: no display is needed
and nothing global changes, so the web app can draw in several threads.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from dragoman.analyse.brokers import Broker
from dragoman.analyse.timeline import Timeline

# PLOVER scores run from -10 (most conflictual) to +10 (most cooperative).
SCORES = Normalize(vmin=-10, vmax=10)
CMAP = "RdYlGn"
BROKER_COLOUR, NODE_COLOUR = "#f6c244", "#cfe2f3"
COOPERATION, CONFLICT = "#2e8b57", "#c0392b"
# Beyond this many actors the picture shows the busiest ones only, and its title says so.
MAX_NODES = 40
MAX_BROKERS = 5
# Up to this many actors a spring layout reads well; beyond, actors are placed on a circle.
SPRING_NODES = 12


def _pairs(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per ordered pair: events summed over types, mean score weighted by events."""
    pairs = nx.DiGraph()
    for source, target, data in graph.edges(data=True):
        if pairs.has_edge(source, target):
            edge = pairs.edges[source, target]
            total = edge["count"] + data["count"]
            edge["score"] = (edge["score"] * edge["count"] + data["mean_score"] * data["count"]) / total
            edge["count"] = total
        else:
            pairs.add_edge(source, target, count=data["count"], score=data["mean_score"])
    return pairs


def _layout(pairs: nx.DiGraph, graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Node positions: a spring layout for a few actors, a circle grouped by kind beyond that.

    Spring layouts of dense news networks clump into an unreadable ball past a dozen actors; on a circle
    every label has room and actors of one kind (states, armed groups...) sit side by side.
    """
    if len(pairs) <= SPRING_NODES:
        # A fixed seed: the same events always give the same picture.
        layout = nx.spring_layout(pairs, seed=7, k=1.6 / max(len(pairs), 1) ** 0.5) if len(pairs) else {}
    else:
        order = sorted(pairs, key=lambda n: (str(graph.nodes[n]["kind"]), n))
        layout = nx.circular_layout(order)
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}


def network_figure(graph: nx.MultiDiGraph, brokers: Sequence[Broker]) -> Figure:
    """Draw the actors that have ties: arrows coloured by mean score, as wide as their events are many,
    the best brokers in gold with their score."""
    pairs = _pairs(graph)
    shown = sorted(pairs.nodes, key=lambda n: -graph.nodes[n]["events"])[:MAX_NODES]
    pairs = pairs.subgraph(shown).copy()
    top = sorted((b for b in brokers if b.actor in pairs), key=lambda b: -b.score)[:MAX_BROKERS]
    broker_score = {b.actor: b.score for b in top}

    crowded = len(pairs) > SPRING_NODES
    figure = Figure(figsize=(14, 11) if crowded else (11, 8.5), dpi=120)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.set_axis_off()
    layout = _layout(pairs, graph)
    base, step = (250, 120) if crowded else (900, 250)
    sizes = [base + step * graph.nodes[n]["events"] ** 0.5 for n in pairs]
    nx.draw_networkx_nodes(
        pairs,
        layout,
        ax=ax,
        node_size=sizes,
        node_color=[BROKER_COLOUR if n in broker_score else NODE_COLOUR for n in pairs],
        edgecolors=["#b7791f" if n in broker_score else "#5b7a99" for n in pairs],
        linewidths=[3.0 if n in broker_score else 1.0 for n in pairs],
    )
    edges = list(pairs.edges(data=True))
    nx.draw_networkx_edges(
        pairs,
        layout,
        ax=ax,
        edgelist=[(u, v) for u, v, _ in edges],
        node_size=sizes,
        edge_color=[d["score"] for _, _, d in edges],
        edge_cmap=colormaps[CMAP],
        edge_vmin=-10,
        edge_vmax=10,
        width=[(0.6 if crowded else 1.2) + 1.5 * d["count"] ** 0.5 for _, _, d in edges],
        alpha=0.75 if crowded else 1.0,
        arrows=True,
        arrowsize=12 if crowded else 16,
        connectionstyle="arc3,rad=0.12",
    )
    for node, (x, y) in layout.items():
        text = f"{node}\n(broker score {broker_score[node]:g})" if node in broker_score else node
        if crowded:
            # On the circle, labels go outside, aligned away from the centre.
            ax.text(
                1.12 * x,
                1.12 * y,
                text,
                ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="center",
                fontsize=10,
            )
        else:
            # Below the node, so that the node's colour (broker or not) stays visible.
            spread = max((abs(v) for _, v in layout.values()), default=1.0) or 1.0
            ax.text(
                x,
                y - 0.09 * spread,
                text,
                ha="center",
                va="top",
                fontsize=11,
                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.85, "linewidth": 0},
            )
    colourbar = figure.colorbar(ScalarMappable(norm=SCORES, cmap=CMAP), ax=ax, shrink=0.55, pad=0.02)
    colourbar.set_label("mean PLOVER score (conflict − / cooperation +)")
    ax.legend(
        handles=[
            Patch(
                facecolor=BROKER_COLOUR,
                edgecolor="#b7791f",
                linewidth=2,
                label=f"broker (best {MAX_BROKERS} at most)",
            ),
            Patch(facecolor=NODE_COLOUR, edgecolor="#5b7a99", label="actor"),
            Line2D([], [], color="grey", linewidth=1.2 + 1.5, label="1 event"),
            Line2D([], [], color="grey", linewidth=1.2 + 1.5 * 5**0.5, label="5 events"),
        ],
        # Below the drawing, where no node can be hidden behind it.
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=4,
        frameon=False,
        fontsize=10,
    )
    left_out = len(graph) - len(pairs)
    title = f"Actor network: {len(pairs)} actors, {sum(d['count'] for _, _, d in edges)} directed ties"
    notes = []
    if left_out:
        notes.append(f"{left_out} actors without ties or beyond the {MAX_NODES} busiest not shown")
    if graph.graph.get("dropped"):
        notes.append(f"{graph.graph['dropped']} mentions of unnamed groups ('countries') are not actors")
    if notes:
        title += "\n" + "; ".join(notes)
    ax.set_title(title, fontsize=13)
    ax.margins(0.12)
    return figure


def timeline_figure(rows: Timeline, a: str, b: str) -> Figure:
    """Bars per month, cooperation up in green and conflict down in red, the net score as a line; year-only
    and undated events as separate bars to the right."""
    periods = list(rows.months)
    extra = [*rows.years, *([rows.undated] if rows.undated.events else [])]
    labels = [row.period for row in periods] + [
        "undated" if row.period == "undated" else f"{row.period}\n(year only)" for row in extra
    ]
    # A gap of one bar between the months and the rows that have no month.
    xs = list(range(len(periods))) + [len(periods) + 1 + i for i in range(len(extra))]
    every = [*periods, *extra]

    figure = Figure(figsize=(max(7.0, 0.55 * len(xs) + 3), 5), dpi=120)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.bar(xs, [r.cooperation for r in every], color=COOPERATION, label="cooperation (sum of scores > 0)")
    ax.bar(xs, [r.conflict for r in every], color=CONFLICT, label="conflict (sum of scores < 0)")
    if periods:
        ax.plot(xs[: len(periods)], [r.net for r in periods], color="black", marker="o", label="net score")
    for x, row in zip(xs, every, strict=True):
        if row.events:
            ax.annotate(
                f"{row.events} event{'s' * (row.events != 1)}",
                (x, max(row.cooperation, 0)),
                ha="center",
                va="bottom",
                fontsize=8,
                xytext=(0, 2),
                textcoords="offset points",
            )
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_xticks(xs, labels, rotation=45 if len(xs) > 8 else 0, ha="right" if len(xs) > 8 else "center")
    ax.set_ylabel("PLOVER score (sum)")
    ax.set_title(f"{a} – {b}: cooperation and conflict by month")
    ax.legend(loc="best", fontsize=9)
    if not xs:
        ax.text(0.5, 0.5, "no events between these actors", ha="center", va="center", transform=ax.transAxes)
    figure.tight_layout()
    return figure
