import { useRoutes } from 'react-router-dom';
import { routes } from './routes';

// Every signed-in page but the dashboard, matched below the frame's catch-all (shell-routes.tsx). Their paths
// are absolute from the root, which is where the catch-all sits.
const sections = routes.flatMap((route) => route.children ?? []).filter((route) => !route.index);

export default function SectionRoutes() {
  return useRoutes(sections);
}
