import { Fragment, type ReactNode } from "react";

/**
 * A small, safe Markdown subset for descriptions and protocol steps: headings, paragraphs,
 * bullet and numbered lists, fenced code, `code`, **bold**, *italic* and [links](https://…).
 * It builds React elements (never HTML strings), so user text cannot inject markup; link
 * targets other than http(s), mailto and same-site paths are rendered as plain text.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={className ?? "markdown-body"}>{renderBlocks(source)}</div>;
}

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "code"; text: string };

function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
      continue;
    }
    if (line.trimStart().startsWith("```")) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith("```")) body.push(lines[i++]!);
      i++;
      blocks.push({ kind: "code", text: body.join("\n") });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!.trim() });
      i++;
      continue;
    }
    const bullet = /^\s*[-*+]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const pattern = ordered ? numbered : bullet;
      const items: string[] = [];
      while (i < lines.length && pattern.test(lines[i]!)) items.push(lines[i++]!.replace(pattern, ""));
      blocks.push({ kind: "list", ordered, items });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== "" && !/^(#{1,6})\s/.test(lines[i]!) && !lines[i]!.trimStart().startsWith("```") && !bullet.test(lines[i]!) && !numbered.test(lines[i]!)) {
      para.push(lines[i++]!);
    }
    blocks.push({ kind: "paragraph", text: para.join("\n") });
  }
  return blocks;
}

function renderBlocks(source: string): ReactNode[] {
  return parseBlocks(source).map((block, index) => {
    switch (block.kind) {
      case "heading": {
        // Headings inside user content sit below the page's own h1–h3.
        const level = Math.min(6, block.level + 2);
        const Tag = `h${level}` as "h3" | "h4" | "h5" | "h6";
        return <Tag key={index}>{renderInline(block.text)}</Tag>;
      }
      case "paragraph":
        return (
          <p key={index} className="pre-wrap">
            {renderInline(block.text)}
          </p>
        );
      case "list": {
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      }
      case "code":
        return (
          <pre key={index}>
            <code>{block.text}</code>
          </pre>
        );
    }
  });
}

function safeHref(href: string): string | null {
  if (/^https?:\/\//i.test(href) || /^mailto:/i.test(href)) return href;
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  return null;
}

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;

function renderInline(text: string): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(INLINE)) {
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    const token = match[0];
    if (match[1]) out.push(<code key={key++}>{token.slice(1, -1)}</code>);
    else if (match[2]) out.push(<strong key={key++}>{token.slice(2, -2)}</strong>);
    else if (match[3]) out.push(<em key={key++}>{token.slice(1, -1)}</em>);
    else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const href = link ? safeHref(link[2]!) : null;
      out.push(
        href && link ? (
          <a key={key++} href={href} rel="noopener noreferrer nofollow" target={href.startsWith("/") ? undefined : "_blank"}>
            {link[1]}
          </a>
        ) : (
          <Fragment key={key++}>{token}</Fragment>
        ),
      );
    }
    last = start + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
