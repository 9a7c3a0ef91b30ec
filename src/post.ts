import { runPost } from './steps/post-step.js'

await runPost()
