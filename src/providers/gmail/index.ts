import type { Config } from '../../config.js';
import { createGoogleAdapter } from '../google.js';

export const createGmailAdapter = (config: Pick<Config, 'oauthApps'>) =>
  createGoogleAdapter(config, { id: 'GMAIL', slug: 'gmail', name: 'Gmail', scope: 'https://www.googleapis.com/auth/gmail.readonly' });
