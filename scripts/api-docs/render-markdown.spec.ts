import { buildSchema } from 'graphql';
import { renderApiMarkdown } from './render-markdown';

const schema = buildSchema(`
  """Something to stay in."""
  type Listing { "Its id." id: ID! "Shown to guests." title: String @deprecated(reason: "Use name.") }
  """Why a search was refused."""
  union SearchResult = Listing
  enum Sort { "Cheapest first." PRICE }
  type Query {
    """Finds listings."""
    search("At most this many; a|b." first: Int, sort: Sort): [Listing!]!
  }
`);

describe('the API reference', () => {
  const markdown = renderApiMarkdown(schema);

  it('documents each root field with its arguments, then every type with its fields', () => {
    expect(markdown).toContain('## Query\n\n### `search`: `[Listing!]!`\n\nFinds listings.\n\nArguments:');
    expect(markdown).toContain('| `first` | `Int` | At most this many; a\\|b. |');
    expect(markdown).toContain('### Listing (object)\n\nSomething to stay in.');
    expect(markdown).toContain('| `title` | `String` | Shown to guests. **Deprecated:** Use name. |');
    expect(markdown).toContain('### SearchResult (union)\n\nWhy a search was refused.\n\nOne of `Listing`.');
    expect(markdown).toContain('| `PRICE` |  | Cheapest first. |');
  });

  it('leaves out introspection types and built-in scalars', () => {
    expect(markdown).not.toContain('__Schema');
    expect(markdown).not.toContain('### String');
  });
});
