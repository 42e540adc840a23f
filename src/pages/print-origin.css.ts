/**
 * The site's origin for printed dossiers (issue 9, "print a dossier"): printed links read
 * "<origin><path>", built from SITE_URL at build time. A stylesheet, because the CSP forbids
 * inline styles.
 */
import type { APIRoute } from 'astro';
import { printOriginCss } from '../lib/print.ts';

export const GET: APIRoute = ({ site }) => new Response(printOriginCss(site), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
