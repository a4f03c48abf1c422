### review-status: machine-assisted
### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.

hcvs-compact-action-report-2005--label = कार्य रिपोर्ट
hcvs-compact-action-report-2005--title = HCVS रणनीतिक नेतृत्व: कॉम्पैक्ट कार्य रिपोर्ट
hcvs-compact-action-report-2005--summary = कॉम्पैक्ट के बारे में जानकारी फैलाने और इसकी आचार संहिताओं के समर्थन में हर्टफ़ोर्डशायर के हर ज़िले की प्रगति, जैसी 8 सितंबर 2005 को बताई गई।
