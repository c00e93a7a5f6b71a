import { SUBGRAPHS, type SubgraphEntry } from '../runtime/config-env';

/** A subgraph that keeps uploaded images: it serves them, under its own folder of the shared storage. */
export interface MediaOwner {
  name: string;
  folder: string;
}

/** Owners and folders share the first segment after /media (old URLs put the folder there), so all must differ. */
export function mediaOwnersOf(subgraphs: readonly SubgraphEntry[]): readonly MediaOwner[] {
  const owners = subgraphs.flatMap((s) => (s.media ? [{ name: s.name, folder: s.media.folder }] : []));
  const segments = ['uploads', ...owners.flatMap((o) => [o.name, o.folder])];
  const repeated = segments.filter((segment, i) => segments.indexOf(segment) !== i);
  if (repeated.length > 0)
    throw new Error(
      `schema/subgraphs.json: media owner and folder names must differ from each other and from "uploads": ${repeated.join(', ')}`,
    );
  return owners;
}

/** The media owners of schema/subgraphs.json (`"media": { "folder": … }`). */
export const MEDIA_OWNERS: readonly MediaOwner[] = mediaOwnersOf(SUBGRAPHS);

/** Where a request to the gateway's /media goes: the owning subgraph and the path there. */
export interface MediaTarget {
  owner: string;
  /** Path and query on the owner, still percent-encoded as the client sent them. */
  path: string;
}

/**
 * Routes the gateway's media paths, given raw (percent-encoded) as `path?query`:
 * `PUT /media/uploads/<owner>/<id>` and `GET /media/<owner>/<key>` go to `<owner>` unchanged;
 * `GET /media/<folder>/…`, the form photo URLs had before the owner was part of the path, goes to
 * the folder's owner as `/media/<owner>/<folder>/…` (keys already start with their folder).
 * Anything else, an unknown owner included, is null (404).
 */
export function mediaTarget(
  method: string,
  pathAndQuery: string,
  owners: readonly MediaOwner[] = MEDIA_OWNERS,
): MediaTarget | null {
  const [path, query] = splitQuery(pathAndQuery);
  const [empty, media, first, ...rest] = path.split('/');
  if (empty !== '' || media !== 'media' || !first || rest.length === 0 || rest.some((s) => ['', '.', '..'].includes(s)))
    return null;
  if (method === 'PUT') {
    const owner = owners.find((o) => first === 'uploads' && o.name === rest[0]);
    return owner && rest.length === 2 ? { owner: owner.name, path: pathAndQuery } : null;
  }
  const owner = owners.find((o) => o.name === first);
  if (owner) return { owner: owner.name, path: pathAndQuery };
  const folderOwner = owners.find((o) => o.folder === first);
  return folderOwner
    ? { owner: folderOwner.name, path: `/media/${folderOwner.name}${path.slice('/media'.length)}${query}` }
    : null;
}

function splitQuery(pathAndQuery: string): [string, string] {
  const at = pathAndQuery.indexOf('?');
  return at === -1 ? [pathAndQuery, ''] : [pathAndQuery.slice(0, at), pathAndQuery.slice(at)];
}

/** Subgraph-side routes (Express paths) of an owner: its files and its upload URLs. */
export const mediaRoutePaths = (owner: string) => ({
  files: `/media/${owner}/*key`,
  upload: `/media/uploads/${owner}/:id`,
});

/** The upload URL's path for one record, under the gateway's public address. */
export const uploadPath = (owner: string, id: string) => `/media/uploads/${owner}/${encodeURIComponent(id)}`;

/** Files of local storage are served through the gateway, under their owner. */
export const mediaFilesPath = (owner: string) => `/media/${owner}`;
